/**
 * The texts of photos and PDFs on requests, German first, English second (a
 * missing translation is a type error, as in i18n.ts).
 */
import { language } from './i18n.ts';

const de = {
  photoOptional: 'Foto oder PDF (freiwillig)',
  fileHint: 'JPEG, PNG, WebP oder PDF, höchstens 10 MB, bis zu 5 Dateien je Anliegen.',
  attachments: 'Fotos und Dokumente',
  addFile: 'Foto oder PDF hinzufügen',
  upload: 'Hochladen',
  uploading: 'Datei wird hochgeladen …',
  uploaded: (name: string) => `Datei hochgeladen: ${name}`,
  notYetArrived: 'noch nicht angekommen',
  download: (name: string, size: string) => `${name} herunterladen (${size})`,
  chooseFileFirst: 'Bitte wählen Sie zuerst eine Datei.',
  submittedButFile: (reference: string, problem: string) =>
    `Ihr Anliegen ${reference} ist eingegangen, die Datei aber nicht: ${problem} Sie können sie beim Anliegen unten erneut hinzufügen.`,
  refusals: {
    UNSUPPORTED_FILE_TYPE: 'Diese Datei ist kein Foto (JPEG, PNG, WebP) und kein PDF.',
    FILE_TOO_LARGE: 'Die Datei ist zu groß: höchstens 10 MB.',
    TOO_MANY_ATTACHMENTS: 'Ein Anliegen kann höchstens 5 Dateien haben.',
    SIZE_MISMATCH: 'Die Datei kam nicht vollständig an. Bitte versuchen Sie es erneut.',
    UPLOAD_NOT_FOUND: 'Die Zeit zum Hochladen ist abgelaufen. Bitte versuchen Sie es erneut.',
  } as Record<string, string>,
  uploadFailed: (code: string) => `Die Datei konnte nicht hochgeladen werden (${code}).`,
};

export type AttachmentMessages = typeof de;

const en: AttachmentMessages = {
  photoOptional: 'Photo or PDF (optional)',
  fileHint: 'JPEG, PNG, WebP or PDF, at most 10 MB, up to 5 files per request.',
  attachments: 'Photos and documents',
  addFile: 'Add a photo or PDF',
  upload: 'Upload',
  uploading: 'Uploading the file …',
  uploaded: (name: string) => `File uploaded: ${name}`,
  notYetArrived: 'not arrived yet',
  download: (name: string, size: string) => `Download ${name} (${size})`,
  chooseFileFirst: 'Please choose a file first.',
  submittedButFile: (reference: string, problem: string) =>
    `Your request ${reference} was received, but not the file: ${problem} You can add it again at the request below.`,
  refusals: {
    UNSUPPORTED_FILE_TYPE: 'This file is neither a photo (JPEG, PNG, WebP) nor a PDF.',
    FILE_TOO_LARGE: 'The file is too large: at most 10 MB.',
    TOO_MANY_ATTACHMENTS: 'A request can have at most 5 files.',
    SIZE_MISMATCH: 'The file did not arrive completely. Please try again.',
    UPLOAD_NOT_FOUND: 'The time to upload has run out. Please try again.',
  },
  uploadFailed: (code: string) => `The file could not be uploaded (${code}).`,
};

/** The attachment texts in the current language (reactive). */
export const tf = (): AttachmentMessages => (language() === 'en' ? en : de);

/** What to tell the citizen about a refused upload, by the hub's error code. */
export const refusalText = (code: string) => tf().refusals[code] ?? tf().uploadFailed(code);
