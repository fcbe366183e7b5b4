/** Environment variables whose values must never reach the terminal. */
const SECRET_ENV = /PASSPHRASE|PASSWORD|TOKEN|SECRET|NOTARY_AUTH/;

/**
 * Last line of defence for output: replaces any secret value from the
 * environment that slipped into a message. Errors should never carry secrets
 * in the first place (STYLE.md §6).
 */
export function redact(
  text: string,
  env: Record<string, string | undefined>
): string {
  let out = text;
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= 8 && SECRET_ENV.test(name))
      out = out.split(value).join('***');
  }
  return out;
}
