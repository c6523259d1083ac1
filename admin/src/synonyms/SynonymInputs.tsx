import { Alert, Box, Typography } from '@mui/material';
import { Labeled, maxLength, TextArrayInput, TextField, TextInput, useTranslate } from 'react-admin';

/** The API's limits (subgraphs' synonym rules): mirrored so most mistakes show before saving. */
const LIMITS = { minPhrases: 2, maxPhrases: 50, phrase: 120, key: 64 };
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A phrase as search compares it: trimmed, lowercase, without accents, one space between words. */
function folded(phrase: string): string {
  return phrase.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
}

const keyFormat = (value: unknown) => (typeof value === 'string' && value !== '' && !KEY.test(value) ? 'mpp.synonyms.keyFormat' : undefined);

function validatePhrases(value: unknown) {
  const phrases = Array.isArray(value) ? value.filter((phrase): phrase is string => typeof phrase === 'string' && phrase.trim() !== '') : [];
  if (phrases.length < LIMITS.minPhrases || phrases.length > LIMITS.maxPhrases) {
    return { message: 'mpp.synonyms.phraseCount', args: { min: LIMITS.minPhrases, max: LIMITS.maxPhrases } };
  }
  const tooLong = phrases.find((phrase) => phrase.trim().length > LIMITS.phrase);
  if (tooLong) return { message: 'mpp.synonyms.phraseTooLong', args: { phrase: `${tooLong.slice(0, 30)}…`, max: LIMITS.phrase } };
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const same = folded(phrase);
    if (seen.has(same)) return { message: 'mpp.synonyms.phraseRepeated', args: { phrase: same } };
    seen.add(same);
  }
  return undefined;
}

/** A group's key (chosen at creation, then fixed) and its phrases, typed as chips. */
export function SynonymInputs({ creating = false }: { creating?: boolean }) {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ mb: 2, maxWidth: 720 }}>
        {translate('mpp.synonyms.intro')}
      </Alert>
      {creating ? (
        <TextInput source="key" validate={[keyFormat, maxLength(LIMITS.key)]} helperText="mpp.synonyms.keyHelpCreate" sx={{ maxWidth: 720 }} />
      ) : (
        <FixedKey />
      )}
      <TextArrayInput source="phrases" validate={validatePhrases} helperText="mpp.synonyms.phrasesHelp" sx={{ maxWidth: 720, width: '100%' }} />
    </>
  );
}

/** The key after creation: shown, not an input, since the API never changes it. */
function FixedKey() {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Labeled source="key">
        <TextField source="key" />
      </Labeled>
      <Typography variant="body2" color="text.secondary">
        {translate('mpp.synonyms.keyHelpEdit')}
      </Typography>
    </Box>
  );
}
