import { getDb } from '#lib/server/db/client';
import { listCourses } from '#lib/server/training/training.service';

export const load = async () => ({ courses: await listCourses(getDb()) });
