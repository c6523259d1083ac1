import { Create, Loading, SimpleForm, useGetOne } from 'react-admin';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { CLOSED_WEEK } from '../hours/weeklyHours';
import { MALL_RECORD_ID, type MallRecord } from '../mall/mall.data';
import { FacilityInputs } from './FacilityInputs';
import { useFacilityFieldLabel } from './facilityFieldLabel';

/**
 * A new facility (EDITOR, ADMIN), operational from the moment it is saved. Its hours start as
 * the mall's (inside the building it is open only while the mall is); its page opens next, where
 * a shop's listings are added.
 */
export function FacilityCreate() {
  const { onError } = useSaveErrors({ fieldLabel: useFacilityFieldLabel() });
  const { data: mall, isPending } = useGetOne<MallRecord>('mall', { id: MALL_RECORD_ID });
  // The form reads its starting values once: it waits for the mall's hours (or goes on without them).
  if (isPending) return <Loading />;
  return (
    <Create mutationOptions={{ onError }} redirect="edit">
      <SimpleForm
        toolbar={<SaveToolbar />}
        defaultValues={{ floor: 1, reachableFromOutside: false, features: [], photoUrls: [], openingHours: mall?.openingHours ?? CLOSED_WEEK }}
      >
        <FacilityInputs />
      </SimpleForm>
    </Create>
  );
}
