/** Time zones offered on the account's message settings (Kyrgyzstan and the main destinations). */
export const TIME_ZONES = [
	'Asia/Bishkek',
	'Europe/Moscow',
	'Asia/Yekaterinburg',
	'Asia/Novosibirsk',
	'Asia/Almaty',
	'Europe/Istanbul',
	'Asia/Dubai',
	'Asia/Seoul',
	'Europe/Berlin',
	'Europe/London'
] as const;
