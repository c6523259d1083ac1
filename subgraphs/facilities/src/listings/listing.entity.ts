import { Entity, Index, Property } from '@mikro-orm/core';
import { VersionedRecord } from '@mpp/kit/subgraph';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * What a shop of the mall sells, as its tenant keeps it: a dish of the cafeteria's menu, an item
 * of the minimarket (a meterai, a photo print for an SKCK). Belongs to one facility; its
 * operator's partner staff and DPMPTSP editors change it directly, each change audited.
 */
@ObjectType({ description: "An item a shop of the mall sells: a dish of the cafeteria's menu, an item of the minimarket." })
@Entity({ tableName: 'listing' })
@Index({ properties: ['facilityId', 'name'] })
export class Listing extends VersionedRecord {
  @Field(() => ID, { description: 'The facility that sells it.' })
  @Property({ type: 'string', length: 36 })
  facilityId!: string;

  @Field({ description: 'As the shop writes it, e.g. "Soto Banjar".' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A heading of the menu or shelf, e.g. "Makanan", "Minuman", "Dokumen".' })
  @Property({ type: 'string', length: 60, nullable: true, default: null })
  category: string | null = null;

  @Field(() => Int, { description: 'In Rupiah, 0 or more.' })
  @Property({ type: 'integer' })
  price!: number;

  @Field({ description: 'On sale now; false: sold out or off the menu for a while.' })
  @Property({ type: 'boolean' })
  available: boolean = true;
}
