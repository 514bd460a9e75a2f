/**
 * Statistical disclosure control (docs/decisions/0019-statistics-and-suppression.md).
 *
 * Every count Sapar publishes goes through `suppressTable`: counts 1 … threshold−1 are hidden (primary
 * suppression), then more cells are hidden (secondary suppression) until no hidden value can be worked
 * out from the published totals and other cells. Zero is published: it identifies nobody.
 *
 * The table is seen as an extended grid: the interior cells, a column of row totals (when rows have a
 * published total), a row of column totals (when columns have one) and the grand total in the corner.
 * Each row and each column of that grid is a linear constraint (its cells add up to its total). A hidden
 * cell is worked out exactly when
 *  - it is the only hidden cell of a line, or
 *  - it is a bridge of the bipartite graph whose nodes are the grid's rows and columns and whose edges
 *    are the hidden cells (then a combination of lines isolates it).
 * Hidden cells that lie on a cycle of that graph can move by ±1 around the cycle without breaking any
 * published sum; as secondary suppression only hides non-zero cells (unless nothing else is left), every
 * hidden cell keeps at least two feasible values even with the constraint that counts are ≥ 0.
 */

/** The default threshold: counts below it are hidden. */
export const DEFAULT_THRESHOLD = 5;

/** The threshold in force (SAPAR_STATS_THRESHOLD, whole number ≥ 2; default 5). */
export function statsThreshold(env: NodeJS.ProcessEnv = process.env): number {
	const raw = env.SAPAR_STATS_THRESHOLD;
	if (!raw) return DEFAULT_THRESHOLD;
	const n = Number(raw);
	return Number.isInteger(n) && n >= 2 ? n : DEFAULT_THRESHOLD;
}

/** A published count: the value, or null when it is not shown. */
export type Shown = number | null;

export interface TableInput {
	/** Interior counts, rows × columns (all rows the same length; whole numbers ≥ 0). */
	cells: number[][];
	/** Each row's total is published (a column of row totals). */
	rowTotals: boolean;
	/** Each column's total is published (a row of column totals). */
	colTotals: boolean;
	threshold?: number;
}

export interface SuppressedTable {
	cells: Shown[][];
	/** Present when rowTotals. */
	rowTotals: Shown[] | null;
	/** Present when colTotals. */
	colTotals: Shown[] | null;
	/** Present when both margins are published. */
	grandTotal: Shown | null;
	/** Which cells were hidden for being small (primary) — the rest of the hidden ones protect them. */
	primary: number;
	secondary: number;
}

/** An extended grid: values and hidden flags, (R+1)×(C+1) when both margins exist. */
interface Grid {
	v: number[][];
	hidden: boolean[][];
	rows: number;
	cols: number;
	/** Lines that carry a constraint: row lines (index into grid rows) and column lines. */
	rowLines: number[];
	colLines: number[];
}

function buildGrid(input: TableInput): Grid {
	const r = input.cells.length;
	const c = r ? input.cells[0].length : 0;
	for (const row of input.cells) {
		if (row.length !== c) throw new Error('suppressTable: rows of different lengths');
		for (const x of row) if (!Number.isInteger(x) || x < 0) throw new Error('suppressTable: counts are whole numbers ≥ 0');
	}
	const rows = r + (input.colTotals ? 1 : 0);
	const cols = c + (input.rowTotals ? 1 : 0);
	const v: number[][] = Array.from({ length: rows }, () => new Array(cols).fill(0));
	for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) v[i][j] = input.cells[i][j];
	if (input.rowTotals) for (let i = 0; i < r; i++) v[i][c] = input.cells[i].reduce((a, b) => a + b, 0);
	if (input.colTotals) for (let j = 0; j < cols; j++) for (let i = 0; i < r; i++) v[r][j] += v[i][j];
	// A row line exists when rows have totals: interior rows, plus the totals row when columns have totals.
	const rowLines = input.rowTotals ? [...Array(rows).keys()] : [];
	const colLines = input.colTotals ? [...Array(cols).keys()] : [];
	return { v, hidden: v.map((row) => row.map(() => false)), rows, cols, rowLines, colLines };
}

type Cell = [number, number];

function lineCells(g: Grid, kind: 'row' | 'col', k: number): Cell[] {
	return kind === 'row' ? [...Array(g.cols).keys()].map((j) => [k, j] as Cell) : [...Array(g.rows).keys()].map((i) => [i, k] as Cell);
}

/** The smallest shown cell among candidates: non-zero first, interior before totals on ties. */
function pickSmallest(g: Grid, candidates: Cell[], interior: (c: Cell) => boolean): Cell | null {
	let best: Cell | null = null;
	const rank = (c: Cell) => [g.v[c[0]][c[1]] === 0 ? 1 : 0, g.v[c[0]][c[1]], interior(c) ? 0 : 1];
	for (const c of candidates) {
		if (g.hidden[c[0]][c[1]]) continue;
		if (!best) {
			best = c;
			continue;
		}
		const a = rank(c);
		const b = rank(best);
		if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))) best = c;
	}
	return best;
}

/** Hidden cells that a combination of lines determines exactly (bridges of the row/column graph). */
export function determinedCells(hidden: boolean[][], rowLines: number[], colLines: number[]): Cell[] {
	const rows = hidden.length;
	const cols = rows ? hidden[0].length : 0;
	// Nodes: rows 0..rows-1 that carry a constraint, columns rows..rows+cols-1 that carry one.
	// A hidden cell in a line without a constraint has a free end: it can never be determined through
	// that end, so it is modelled as connected to a shared "free" node (which absorbs any change).
	const FREE = rows + cols;
	const rowSet = new Set(rowLines);
	const colSet = new Set(colLines);
	const edges: [number, number, Cell][] = [];
	for (let i = 0; i < rows; i++)
		for (let j = 0; j < cols; j++) if (hidden[i][j]) edges.push([rowSet.has(i) ? i : FREE, colSet.has(j) ? rows + j : FREE, [i, j]]);
	const adj: number[][] = Array.from({ length: FREE + 1 }, () => []);
	edges.forEach(([a, b], e) => {
		adj[a].push(e);
		adj[b].push(e);
	});
	// An edge is determined when it is a bridge and not a loop to the free node from both sides.
	const out: Cell[] = [];
	edges.forEach(([a, b, cell], skip) => {
		if (a === FREE && b === FREE) return; // no constraint at all on this cell
		if (a === FREE || b === FREE) {
			// One constrained end: determined iff that end reaches FREE only through this edge…
			// handled by the general reachability test below as well.
		}
		const seen = new Set<number>([a]);
		const stack = [a];
		while (stack.length) {
			const n = stack.pop()!;
			for (const e of adj[n]) {
				if (e === skip) continue;
				const m = edges[e][0] === n ? edges[e][1] : edges[e][0];
				if (!seen.has(m)) {
					seen.add(m);
					stack.push(m);
				}
			}
		}
		if (!seen.has(b)) out.push(cell);
	});
	return out;
}

/**
 * Hides small counts and every count that would give them away. Margins are computed from the cells.
 */
export function suppressTable(input: TableInput): SuppressedTable {
	const threshold = input.threshold ?? statsThreshold();
	const g = buildGrid(input);
	const r = input.cells.length;
	const c = r ? input.cells[0].length : 0;
	const interior = (cell: Cell) => cell[0] < r && cell[1] < c;
	let primary = 0;
	let secondary = 0;
	for (let i = 0; i < g.rows; i++)
		for (let j = 0; j < g.cols; j++)
			if (g.v[i][j] >= 1 && g.v[i][j] < threshold) {
				g.hidden[i][j] = true;
				primary++;
			}
	const hide = (cell: Cell) => {
		g.hidden[cell[0]][cell[1]] = true;
		secondary++;
	};
	const lines: ['row' | 'col', number][] = [...g.rowLines.map((k) => ['row', k] as ['row', number]), ...g.colLines.map((k) => ['col', k] as ['col', number])];
	for (let guard = 0; guard < g.rows * g.cols + 1; guard++) {
		let changed = false;
		// 1. No constrained line with exactly one hidden cell.
		for (const [kind, k] of lines) {
			const cells = lineCells(g, kind, k);
			const hiddenHere = cells.filter(([i, j]) => g.hidden[i][j]).length;
			if (hiddenHere !== 1) continue;
			const pick = pickSmallest(g, cells, interior);
			if (pick) {
				hide(pick);
				changed = true;
			}
		}
		if (changed) continue;
		// 2. No hidden cell determined by a combination of lines (a bridge): join its two sides with
		//    the smallest shown cell that closes a cycle through it.
		const determined = determinedCells(g.hidden, g.rowLines, g.colLines);
		if (!determined.length) break;
		const [bi, bj] = determined[0];
		const candidates: Cell[] = [...lineCells(g, 'row', bi), ...lineCells(g, 'col', bj)];
		// Try the candidates smallest first; keep the first that removes this bridge.
		const ordered = candidates
			.filter(([i, j]) => !g.hidden[i][j])
			.sort((x, y) => {
				const zx = g.v[x[0]][x[1]] === 0 ? 1 : 0;
				const zy = g.v[y[0]][y[1]] === 0 ? 1 : 0;
				return zx - zy || g.v[x[0]][x[1]] - g.v[y[0]][y[1]] || (interior(x) ? 0 : 1) - (interior(y) ? 0 : 1);
			});
		let fixed = false;
		for (const cand of ordered) {
			g.hidden[cand[0]][cand[1]] = true;
			const still = determinedCells(g.hidden, g.rowLines, g.colLines).some(([i, j]) => i === bi && j === bj);
			if (!still) {
				secondary++;
				fixed = true;
				break;
			}
			g.hidden[cand[0]][cand[1]] = false;
		}
		if (!fixed) {
			// Fall back: hide every shown cell of both lines (always closes the cycle).
			for (const cand of ordered) hide(cand);
		}
	}
	const shown = (i: number, j: number): Shown => (g.hidden[i][j] ? null : g.v[i][j]);
	return {
		cells: input.cells.map((row, i) => row.map((_, j) => shown(i, j))),
		rowTotals: input.rowTotals ? input.cells.map((_, i) => shown(i, c)) : null,
		colTotals: input.colTotals ? [...Array(c).keys()].map((j) => shown(r, j)) : null,
		grandTotal: input.rowTotals && input.colTotals ? shown(r, c) : null,
		primary,
		secondary
	};
}

/** A one-way breakdown with its total: one line. */
export function suppressList(counts: number[], threshold?: number): { cells: Shown[]; total: Shown } {
	const t = suppressTable({ cells: [counts], rowTotals: true, colTotals: false, threshold });
	return { cells: t.cells[0], total: t.rowTotals![0] };
}

/** An amount or a median is shown only when it rests on at least `threshold` people. */
export function guardAmount<T>(value: T | null, basedOn: number, threshold?: number): T | null {
	return basedOn >= (threshold ?? statsThreshold()) ? value : null;
}
