import type { Db } from '../db/client';
import { COURSES } from './data/course';
import { course, courseModule } from './training.table';

/** Seed courses, inserted once (editors' later changes are kept). */
export async function loadCourses(db: Db): Promise<void> {
	await db.transaction(async (tx) => {
		for (const seed of COURSES) {
			const [row] = await tx
				.insert(course)
				.values({ slug: seed.slug, title: seed.title, summary: seed.summary, source: seed.source })
				.onConflictDoNothing({ target: course.slug })
				.returning({ id: course.id });
			if (!row) continue;
			await tx
				.insert(courseModule)
				.values(seed.modules.map((m, i) => ({ courseId: row.id, position: i + 1, title: m.title, body: m.body, videoUrl: m.videoUrl, quiz: m.quiz })));
		}
	});
}
