/** Own-key access to plain records, safe for keys such as `__proto__` that scripts may use as property names. */
export function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** Sets an own, enumerable key on a plain record. */
export function setKey<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Removes an own key from a plain record. */
export function removeKey(record: object, key: string): void {
  Reflect.deleteProperty(record, key);
}
