import { maxLength, minLength, required, TextInput } from 'react-admin';

/** Slugs as the API accepts them: lowercase letters and digits joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const validateName = [required(), minLength(2), maxLength(120)];
const slugFormat = (value: unknown) => (typeof value === 'string' && value !== '' && !SLUG.test(value) ? 'mpp.categories.slugFormat' : undefined);
const slugRules = [slugFormat, maxLength(64)];

/** The category's inputs; at creation the slug may be left for the API to make from the name. */
export function CategoryInputs({ creating = false }: { creating?: boolean }) {
  return (
    <>
      <TextInput source="name" validate={validateName} sx={{ maxWidth: 560 }} />
      <TextInput
        source="slug"
        validate={creating ? slugRules : [required(), ...slugRules]}
        helperText={creating ? 'mpp.categories.slugHelpCreate' : 'mpp.categories.slugHelpEdit'}
        sx={{ maxWidth: 560 }}
      />
    </>
  );
}
