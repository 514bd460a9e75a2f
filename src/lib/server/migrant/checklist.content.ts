import { z } from 'zod';
import { ContentFileError, loadContent } from '../content/files';
import { SECTION_KINDS, translatedSchema } from '../portal/portal.content';

/** Pre-departure checklist items (content/checklist/<code>.yaml). `countries` limits an item to some destinations. */
export const checklistItemSchema = z.strictObject({
	code: z.string().regex(/^[a-z][a-z0-9_]*$/),
	title: translatedSchema,
	hint: translatedSchema,
	/** the guide section that explains it */
	section: z.enum(SECTION_KINDS),
	countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
	position: z.number().int().min(0)
});
export type ChecklistItemSeed = z.infer<typeof checklistItemSchema>;

let cached: ChecklistItemSeed[] | undefined;

/** The whole checklist, read once per process. */
export function loadChecklist(root?: string): ChecklistItemSeed[] {
	const items = loadContent('checklist', checklistItemSchema, root).map(({ path, data }) => {
		if (path !== data.code) throw new ContentFileError(`content/checklist/${path}.yaml`, `code ${data.code} does not match the file name`);
		return data;
	});
	return items.sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
}

export const checklistFor = (iso2: string) => (cached ??= loadChecklist()).filter((item) => !item.countries || item.countries.includes(iso2));
