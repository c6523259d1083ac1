import AddIcon from '@mui/icons-material/Add';
import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Button,
  CheckboxGroupInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import type { FacilityKind } from '../generated/graphql';
import { WeeklyHoursInput } from '../hours/WeeklyHoursInput';
import { FACILITY_KINDS, featureOptionsOf, MAX_FLOOR, MIN_FLOOR } from './facilities.data';
import { useFacilityText } from './facilityText';

/** The API's rules, mirrored so that most mistakes show before saving. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugFormat = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && (!SLUG.test(value.trim()) || value.trim().length > 64) ? 'mpp.facilities.slugFormat' : undefined);
const wholeFloor = (value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? 'mpp.facilities.floorHelp' : undefined);
const HTTP_ADDRESS = /^https?:\/\/[^\s]+$/i;
const photoAddress = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !HTTP_ADDRESS.test(value.trim()) ? 'mpp.facilities.photoFormat' : undefined);
const MAX_FEATURES = 20;
const MAX_PHOTOS = 10;
const featureCount = (value: unknown) => (Array.isArray(value) && value.length > MAX_FEATURES ? { message: 'mpp.facilities.tooManyFeatures', args: { max: MAX_FEATURES } } : undefined);
const FEATURE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const featureCodes = (value: unknown) => (Array.isArray(value) && value.some((code) => !FEATURE_CODE.test(String(code))) ? 'mpp.facilities.featureCodeFormat' : undefined);
/** Feature codes are capitals: "free wifi" is typed, "FREE_WIFI" is kept. */
const asFeatureCodes = (value: unknown) => (Array.isArray(value) ? value.map((code) => String(code).trim().toUpperCase().replace(/[\s-]+/g, '_')) : value);

const agencyName = (agency: { name: string }) => agency.name;

/**
 * A facility's inputs (EDITOR, ADMIN): what it is and where, who runs it, what it offers, its
 * photos, and (beside them) its weekly opening hours. Its status is not here: it is set with a
 * note from its own button, by its operator's partners too.
 */
export function FacilityInputs() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(320px, 480px) 1fr' }, columnGap: 6, width: '100%' }}>
      <Stack>
        <Typography variant="h6" component="h2">
          {translate('mpp.facilities.sections.general')}
        </Typography>
        <TextInput source="name" validate={[required(), minLength(2), maxLength(120)]} autoComplete="off" />
        <TextInput source="slug" validate={slugFormat} helperText="mpp.facilities.slugHelp" autoComplete="off" />
        <SelectInput source="kind" validate={required()} choices={FACILITY_KINDS.map((kind) => ({ id: kind, name: `mpp.facilityKind.${kind}` }))} />
        <NumberInput source="floor" step={1} validate={[required(), wholeFloor, minValue(MIN_FLOOR), maxValue(MAX_FLOOR)]} helperText="mpp.facilities.floorHelp" />
        <TextInput source="location" validate={maxLength(200)} helperText="mpp.facilities.locationHelp" multiline />
        <ReferenceInput source="operatorAgencyId" reference="agencies" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
          <AutocompleteInput optionText={agencyName} label="resources.facilities.fields.operatorAgencyId" helperText="mpp.facilities.operatorHelp" />
        </ReferenceInput>
        <TextInput source="description" validate={maxLength(2000)} multiline minRows={2} />
        <BooleanInput source="reachableFromOutside" helperText="mpp.facilities.reachableHelp" />
        <FeaturesInput />
        <ArrayInput source="photoUrls" helperText="mpp.facilities.photoUrlsHelp">
          <SimpleFormIterator inline disableReordering disableClear addButton={<AddPhotoButton />}>
            <TextInput source="" label="resources.facilities.fields.photoUrl" type="url" validate={[required(), photoAddress]} helperText={false} sx={{ minWidth: { sm: 360 } }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Stack>
      <WeeklyHoursInput source="openingHours" title="mpp.facilities.hours.title" help="mpp.facilities.hours.help" emptyDay="mpp.facilities.hours.closed" />
    </Box>
  );
}

/** "Tambah foto" in words, below the rows (the default is an unlabelled icon); at most the API's ten. */
function AddPhotoButton() {
  const { add, total } = useSimpleFormIterator();
  if (total >= MAX_PHOTOS) return null;
  return (
    <Button label="mpp.facilities.addPhoto" onClick={() => add()}>
      <AddIcon />
    </Button>
  );
}

/**
 * What the facility offers, from its kind's documented set (the API's `facilityFeatureOptions`),
 * as checkboxes in words. A kind without a set of its own (OTHER) takes codes typed freely. A
 * new kind keeps only the features of its own set, as the API would require.
 */
function FeaturesInput() {
  const translate = useTranslate();
  const text = useFacilityText();
  const kind = useWatch({ name: 'kind' }) as FacilityKind | undefined;
  const { getValues, setValue } = useFormContext();
  const { data: options, isError } = useQuery({
    queryKey: ['facilityFeatureOptions', kind],
    queryFn: () => featureOptionsOf(kind!),
    enabled: Boolean(kind),
    staleTime: Infinity,
  });
  useEffect(() => {
    if (!options || options.length === 0) return;
    const features = (getValues('features') as string[] | undefined) ?? [];
    const kept = features.filter((feature) => options.includes(feature));
    if (kept.length !== features.length) setValue('features', kept, { shouldDirty: true });
  }, [options, getValues, setValue]);

  if (!kind) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {translate('mpp.facilities.featuresAfterKind')}
      </Typography>
    );
  }
  if (isError) {
    return (
      <Typography variant="body2" color="error" sx={{ my: 1 }}>
        {translate('mpp.facilities.featuresUnavailable')}
      </Typography>
    );
  }
  if (!options) return null;
  if (options.length === 0) {
    return <TextArrayInput source="features" parse={asFeatureCodes} validate={[featureCount, featureCodes]} helperText="mpp.facilities.featuresFree" />;
  }
  return (
    <CheckboxGroupInput
      source="features"
      choices={options.map((code) => ({ id: code, name: text.feature(code) }))}
      translateChoice={false}
      validate={featureCount}
      helperText="mpp.facilities.featuresHelp"
      sx={{ '& .MuiFormGroup-root': { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } } }}
    />
  );
}
