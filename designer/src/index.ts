/** @onewindow/designer — the administrators' item editor (a web app; its pure state logic is exported for tests). */
export { createEditorStore, type EditorState, type EditorStore, isDirty } from './editor/editor-store.ts';
export { getIn, pathToPointer, pointerToPath, setIn, updateIn } from './editor/set-in.ts';
