import { loadEditor, saveEditor } from '#lib/server/portal/content.routes';

export const load = (event) => loadEditor(event, event.params.id);
export const actions = { default: (event) => saveEditor(event, event.params.id) };
