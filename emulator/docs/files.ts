/** Drive MIME types the emulator knows by name. */
export const MimeTypes = {
  DOCUMENT: 'application/vnd.google-apps.document',
  SPREADSHEET: 'application/vnd.google-apps.spreadsheet',
  FORM: 'application/vnd.google-apps.form',
  FOLDER: 'application/vnd.google-apps.folder',
  PDF: 'application/pdf',
  MARKDOWN: 'text/markdown',
} as const;

/** A file or folder in the emulated Drive, as plain JSON (times are ISO strings). */
export interface FileModel {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  createdTime: string;
  modifiedTime: string;
  owner: string;
  description?: string;
  /** Created by the add-on itself: what the `drive.file` scope lets the Advanced Drive service see. */
  byApp?: boolean;
  /** Bytes of a non-Google file (an uploaded blob), kept as a UTF-8 string. */
  content?: string;
  /**
   * Drive v3 `version`: «a monotonically increasing version number for the file; reflects every change made to the
   * file on the server» [DOC]. 1 when made (absent in older snapshots means 1).
   */
  version?: number;
  /** Drive v3 `appProperties`: key/value pairs only the add-on that set them sees (and may search by). */
  appProperties?: Record<string, string>;
}

/** The address a person opens, by file kind. */
export function fileUrl(file: Pick<FileModel, 'id' | 'mimeType'>): string {
  switch (file.mimeType) {
    case MimeTypes.DOCUMENT:
      return `https://docs.google.com/document/d/${file.id}/edit`;
    case MimeTypes.SPREADSHEET:
      return `https://docs.google.com/spreadsheets/d/${file.id}/edit`;
    case MimeTypes.FORM:
      return `https://docs.google.com/forms/d/${file.id}/edit`;
    case MimeTypes.FOLDER:
      return `https://drive.google.com/drive/folders/${file.id}`;
    default:
      return `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;
  }
}

/** The id inside a Docs/Sheets/Forms/Drive URL, or null. */
export function idFromUrl(url: string): string | null {
  const match = /\/(?:d|folders)\/([A-Za-z0-9_-]+)/.exec(url);
  return match ? match[1] : null;
}
