/**
 * Messages reach users as exactly one line, whatever untrusted text (a
 * server's error, a key from hostile JSON) ended up in them: control
 * characters become spaces, so nothing can forge a second log line. Used by
 * both glues where they print an error.
 */
export function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}
