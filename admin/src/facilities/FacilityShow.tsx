import { Card, Chip, Stack } from '@mui/material';
import { FunctionField, Labeled, NumberField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { recordPageProps } from '../data/RecordLoadError';
import { WeeklyHoursText } from '../hours/WeeklyHoursText';
import type { FacilityRecord } from './facilities.data';
import { FacilityHistory } from './FacilityHistory';
import { FacilityListings } from './FacilityListings';
import { FacilityStatusPanel } from './FacilityStatusPanel';
import { useFacilityText } from './facilityText';

/**
 * A facility, read only but for its status: for its operator's partners, who set its status with
 * a note and keep a shop's listings (its details and hours are DPMPTSP's); its history below.
 */
export function FacilityShow() {
  const translate = useTranslate();
  const text = useFacilityText();
  return (
    <Show {...recordPageProps} component="div">
      <FacilityStatusPanel />
      <Card>
        <SimpleShowLayout>
          <TextField source="name" />
          <FunctionField source="kind" render={(facility: FacilityRecord) => translate(`mpp.facilityKind.${facility.kind}`)} />
          <NumberField source="floor" />
          <TextField source="location" emptyText="—" />
          <FunctionField source="operatorName" render={(facility: FacilityRecord) => text.operator(facility)} />
          <TextField source="description" emptyText="—" />
          <FunctionField source="reachableFromOutside" render={(facility: FacilityRecord) => translate(facility.reachableFromOutside ? 'mpp.common.yes' : 'mpp.common.no')} />
          <Labeled source="features">
            <FeatureChips />
          </Labeled>
          <Labeled source="openingHours">
            <OpeningHoursText />
          </Labeled>
          <FunctionField
            source="photoUrls"
            render={(facility: FacilityRecord) =>
              facility.photoUrls.length === 0 ? (
                '—'
              ) : (
                <Stack component="ul" sx={{ m: 0, pl: 2 }}>
                  {facility.photoUrls.map((url) => (
                    <li key={url}>
                      <a href={url} target="_blank" rel="noreferrer noopener">
                        {url}
                      </a>
                    </li>
                  ))}
                </Stack>
              )
            }
          />
        </SimpleShowLayout>
      </Card>
      <FacilityListings />
      <FacilityHistory />
    </Show>
  );
}

function FeatureChips() {
  const facility = useRecordContext<FacilityRecord>();
  const text = useFacilityText();
  if (!facility) return null;
  if (facility.features.length === 0) return <>—</>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {facility.features.map((code) => (
        <Chip key={code} size="small" label={text.feature(code)} />
      ))}
    </Stack>
  );
}

function OpeningHoursText() {
  const facility = useRecordContext<FacilityRecord>();
  if (!facility) return null;
  return <WeeklyHoursText hours={facility.openingHours} emptyDay="mpp.facilities.hours.closed" />;
}
