/** A JSON value as parsed from untrusted bytes (objects have a null prototype). */
export type JSONValue =
  null | boolean | number | string | JSONValue[] | JSONObject;

/** A JSON object; parse untrusted input with parseJSON so `__proto__` is a plain key. */
export interface JSONObject {
  [key: string]: JSONValue;
}
