/**
 * The API's rules for a new password (subgraphs/agencies/src/staff/passwords.ts and
 * changeOwnPassword): checked in the form too, so the user learns them before sending.
 * Length counts characters as people see them (code points), as the server does.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export function passwordLength(password: string): number {
  return [...password].length;
}
