ALTER TABLE "pages" ADD COLUMN "of_drill" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "retrospectives" ADD COLUMN "of_drill" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "of_drill" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- What is a drill's is known from its incident, which never stops or starts being one: kept on the row itself so the
-- KPIs, which leave drills out, need not look each incident up (a quarter's follow-ups and requests cost PGlite more
-- in those look-ups than in reading them). Set on insert and whenever incident_id changes (a follow-up linked).
UPDATE pages SET of_drill = true WHERE incident_id IN (SELECT id FROM incidents WHERE is_drill);
--> statement-breakpoint
UPDATE retrospectives SET of_drill = true WHERE incident_id IN (SELECT id FROM incidents WHERE is_drill);
--> statement-breakpoint
UPDATE triage_items SET of_drill = true WHERE incident_id IN (SELECT id FROM incidents WHERE is_drill);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sre_of_drill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.of_drill := coalesce((SELECT is_drill FROM incidents WHERE id = NEW.incident_id), false);
	RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER pages_of_drill BEFORE INSERT OR UPDATE OF incident_id ON pages FOR EACH ROW EXECUTE FUNCTION sre_of_drill();
--> statement-breakpoint
CREATE TRIGGER retrospectives_of_drill BEFORE INSERT OR UPDATE OF incident_id ON retrospectives FOR EACH ROW EXECUTE FUNCTION sre_of_drill();
--> statement-breakpoint
CREATE TRIGGER triage_items_of_drill BEFORE INSERT OR UPDATE OF incident_id ON triage_items FOR EACH ROW EXECUTE FUNCTION sre_of_drill();
