DROP INDEX "incident_events_milestones_idx";--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_page_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_page_acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_monitoring_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "first_resolved_at" timestamp with time zone;--> statement-breakpoint
-- The first instant of each timeline milestone the KPIs read, kept on the incident as its timeline grows, whoever
-- writes it (the companion, an import, psql): a quarter's figures then read one row per incident instead of its
-- events. Timelines are append-only; an event written late with an earlier instant still wins.
CREATE OR REPLACE FUNCTION sre_incident_milestone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.kind = 'page_sent' THEN
		UPDATE incidents SET first_page_sent_at = NEW.at
		WHERE id = NEW.incident_id AND (first_page_sent_at IS NULL OR first_page_sent_at > NEW.at);
	ELSIF NEW.kind = 'page_acknowledged' THEN
		UPDATE incidents SET first_page_acknowledged_at = NEW.at
		WHERE id = NEW.incident_id AND (first_page_acknowledged_at IS NULL OR first_page_acknowledged_at > NEW.at);
	ELSIF NEW.kind = 'status_changed' THEN
		UPDATE incidents SET first_monitoring_at = NEW.at
		WHERE id = NEW.incident_id AND (first_monitoring_at IS NULL OR first_monitoring_at > NEW.at);
	ELSIF NEW.kind = 'resolved' THEN
		UPDATE incidents SET first_resolved_at = NEW.at
		WHERE id = NEW.incident_id AND (first_resolved_at IS NULL OR first_resolved_at > NEW.at);
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER incident_events_milestones AFTER INSERT ON incident_events FOR EACH ROW
	WHEN (NEW.kind IN ('page_sent', 'page_acknowledged', 'resolved') OR (NEW.kind = 'status_changed' AND NEW.data->>'to' = 'monitoring'))
	EXECUTE FUNCTION sre_incident_milestone();
--> statement-breakpoint
-- The timelines recorded before this migration.
UPDATE incidents i SET first_page_sent_at = f.page_sent, first_page_acknowledged_at = f.page_acknowledged,
	first_monitoring_at = f.monitoring, first_resolved_at = f.first_resolved
FROM (
	SELECT incident_id,
		min(at) FILTER (WHERE kind = 'page_sent') AS page_sent,
		min(at) FILTER (WHERE kind = 'page_acknowledged') AS page_acknowledged,
		min(at) FILTER (WHERE kind = 'status_changed' AND data->>'to' = 'monitoring') AS monitoring,
		min(at) FILTER (WHERE kind = 'resolved') AS first_resolved
	FROM incident_events
	WHERE kind IN ('page_sent', 'page_acknowledged', 'resolved', 'status_changed')
	GROUP BY incident_id
) f
WHERE f.incident_id = i.id;
