/** Slots of the staff module form: questions per quiz and options per question (server and pages share them). */
export const QUESTION_SLOTS = 5;
export const OPTION_SLOTS = 4;
