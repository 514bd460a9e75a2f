/** Languages a migrant may speak or a vacancy may ask for (ISO 639-1), in the order shown. */
export const SPOKEN_LANGUAGES = ['ky', 'ru', 'en', 'uz', 'kk', 'tg', 'tr', 'ko', 'de', 'zh'] as const;
