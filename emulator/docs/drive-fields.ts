import { type FileModel, fileUrl } from './files';

/** A file as the Drive v3 API returns it in full (`fields: '*'`). */
export function fullResource(file: FileModel): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    trashed: file.trashed,
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
    // int64 fields come as strings in the JSON the Advanced service returns [DOC: Drive v3 file resource].
    version: String(file.version ?? 1),
    webViewLink: fileUrl(file),
    owners: [{ kind: 'drive#user', emailAddress: file.owner, me: true, displayName: file.owner }],
  };
  if (file.description !== undefined) out.description = file.description;
  if (file.appProperties && Object.keys(file.appProperties).length > 0)
    out.appProperties = { ...file.appProperties };
  return out;
}

/** Splits a `fields` mask at top-level commas: `files(id,name),nextPageToken` → two parts. */
export function splitFields(fields: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of fields) {
    if (c === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') depth--;
    current += c;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * The file resource restricted to a `fields` mask. Without a mask v3 returns only kind, id, name and mimeType:
 * ask for `parents`, `webViewLink` etc. explicitly, as with the real API.
 */
export function fileResource(file: FileModel, fields?: string): Record<string, unknown> {
  const full = fullResource(file);
  const wanted = fields ? splitFields(fields) : ['kind', 'id', 'name', 'mimeType'];
  if (wanted.includes('*')) return full;
  const out: Record<string, unknown> = {};
  for (const key of wanted) if (full[key] !== undefined) out[key] = full[key];
  return out;
}

/** The file fields a list call asks for: the inside of `files(...)`, or all for `files`/`*`, default for none. */
export function listFileFields(fields?: string): string | undefined {
  if (!fields) return undefined;
  const parts = splitFields(fields);
  if (parts.includes('*') || parts.includes('files')) return '*';
  const inner = parts.find((p) => p.startsWith('files('));
  return inner ? inner.slice('files('.length, -1) : undefined;
}
