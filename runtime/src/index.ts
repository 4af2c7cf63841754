/** @onewindow/runtime — the case-check engine (and, later, the clerk/public web app). */
export * from './engine/index.ts';
