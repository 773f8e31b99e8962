/** Input bounds shared by the API, the importers and the client. */
export const LIMITS = {
  requestsPerBatch: 1000,
  itemsPerRequest: 1000,
  appealsPerItem: 20,
  legalBasesPerRequest: 20,
  /** HTTP bodies above this are refused before parsing (bytes). */
  bodyBytes: 16 * 1024 * 1024,
  externalId: 200,
  name: 300,
  instrument: 300,
  article: 50,
  part: 50,
  title: 300,
  statedReason: 4000,
  url: 2048,
  retractionReason: 1000,
  /** A file uploaded on the Upload page (POST /uploads), streamed to a staging file (bytes). */
  uploadBytes: 512 * 1024 * 1024,
} as const;
