import { Card } from '@mui/material';
import { Edit, SimpleForm } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import { SaveToolbar, useSaveErrors } from '../data/saveErrors';
import { FacilityInputs } from './FacilityInputs';
import { FacilityHistory } from './FacilityHistory';
import { FacilityListings } from './FacilityListings';
import { FacilityStatusPanel } from './FacilityStatusPanel';
import { useFacilityFieldLabel } from './facilityFieldLabel';

/**
 * A facility (EDITOR, ADMIN): its status and the buttons that confirm and set it, its details
 * and hours saved as a patch with the version read (a stale one is CONFLICT: reload the latest,
 * keeping what was typed), a shop's listings, and its history.
 */
export function FacilityEdit() {
  const save = useSaveErrors({ fieldLabel: useFacilityFieldLabel() });
  return (
    <Edit {...recordPageProps} mutationMode="pessimistic" mutationOptions={{ onError: save.onError }} component="div">
      <FacilityStatusPanel />
      <Card>
        <SimpleForm toolbar={<SaveToolbar conflict={save.conflict} onReloaded={save.clearConflict} />} resetOptions={{ keepDirtyValues: true }}>
          <FacilityInputs />
        </SimpleForm>
      </Card>
      <FacilityListings />
      <FacilityHistory />
    </Edit>
  );
}
