/** What pages pass each other in history state: the sign-in page's way back. */
import '@tanstack/history';

declare module '@tanstack/history' {
  interface HistoryState {
    /** The href the reader was at when asked to sign in. */
    from?: string;
  }
}
