ALTER TABLE "triage_items" ADD COLUMN "requested_priority" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "first_decided_at" timestamp with time zone;--> statement-breakpoint
-- What the KPIs read of a request's timeline, kept on the request as events come in, whoever writes them: the priority
-- it was asked with (its `created` event's) and its first decision (accepted, declined or marked a duplicate: the
-- decisions that end triage), so a quarter's requests read without their events. Timelines are append-only; a
-- decision written late with an earlier instant still wins.
CREATE OR REPLACE FUNCTION sre_triage_firsts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.kind = 'created' THEN
		UPDATE triage_items SET requested_priority = NEW.data->>'priority'
		WHERE id = NEW.request_id AND requested_priority IS DISTINCT FROM NEW.data->>'priority';
	ELSE
		UPDATE triage_items SET first_decided_at = NEW.at
		WHERE id = NEW.request_id AND (first_decided_at IS NULL OR first_decided_at > NEW.at);
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER triage_events_firsts AFTER INSERT ON triage_events FOR EACH ROW
	WHEN (NEW.kind IN ('created', 'accepted', 'declined', 'marked_duplicate'))
	EXECUTE FUNCTION sre_triage_firsts();
--> statement-breakpoint
-- The timelines recorded before this migration.
UPDATE triage_items i SET requested_priority = f.requested_priority, first_decided_at = f.decided
FROM (
	SELECT request_id,
		min(data->>'priority') FILTER (WHERE kind = 'created') AS requested_priority,
		min(at) FILTER (WHERE kind IN ('accepted', 'declined', 'marked_duplicate')) AS decided
	FROM triage_events
	WHERE kind IN ('created', 'accepted', 'declined', 'marked_duplicate')
	GROUP BY request_id
) f
WHERE f.request_id = i.id;
