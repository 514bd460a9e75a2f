-- Where a channel sits in a person's order (docs/decisions/0014): the person's own order first, then
-- Telegram, SMS, e-mail. Shared by the channel_contact view and the dispatcher's fallback.
CREATE OR REPLACE FUNCTION channel_rank(channel_order text[], channel text) RETURNS integer AS $$
	SELECT coalesce(array_position(channel_order, channel), 10 + CASE channel WHEN 'telegram' THEN 1 WHEN 'sms' THEN 2 ELSE 3 END)
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;
--> statement-breakpoint
-- Every reachable channel of every account, in the person's order; opted-out addresses are left out.
-- Placeholder addresses (*.invalid: phone-only and deleted accounts) are not e-mail addresses.
CREATE VIEW channel_contact AS
SELECT u.id AS user_id, v.channel, v.address, channel_rank(p.channel_order, v.channel) AS position
FROM auth_user u
LEFT JOIN telegram_link t ON t.user_id = u.id
LEFT JOIN channel_preference p ON p.user_id = u.id
CROSS JOIN LATERAL (VALUES
	('telegram', t.chat_id),
	('sms', u.phone_number),
	('email', CASE WHEN u.email LIKE '%.invalid' THEN NULL ELSE u.email END)
) AS v(channel, address)
WHERE v.address IS NOT NULL
	AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.channel = v.channel AND s.address = v.address);
