import { describe, expect, it } from 'vitest';
import { suppressColumn } from './course-admin.service';

describe('small-cell suppression of course figures', () => {
	it('hides counts under 5, and a second cell when only one is hidden', () => {
		expect(suppressColumn([12, 7, 30])).toEqual([12, 7, 30]);
		expect(suppressColumn([12, 3, 30])).toEqual([null, null, 30]);
		expect(suppressColumn([2, 3, 30])).toEqual([null, null, 30]);
		expect(suppressColumn([4])).toEqual([null]);
		expect(suppressColumn([])).toEqual([]);
	});
});
