import { Entity, Property } from '@mikro-orm/core';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Directive, Field, ObjectType } from 'type-graphql';

/** A group of services citizens browse by, e.g. "Administrasi Kependudukan". */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A category of services.' })
@Entity({ tableName: 'service_category' })
export class ServiceCategory extends VersionedRecord {
  @Field()
  @Property({ type: 'string', length: 64, unique: true })
  slug!: string;

  @Field()
  @Property({ type: 'string', length: 120 })
  name!: string;
}
