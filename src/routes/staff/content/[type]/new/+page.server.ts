import { loadEditor, saveEditor } from '#lib/server/portal/content.routes';

export const load = (event) => loadEditor(event, null);
export const actions = { default: (event) => saveEditor(event, null) };
