-- Any write to what the summary shows, from any companion instance or a manual psql session, wakes
-- every instance's LISTEN sre_changes. Statement level: a bulk import notifies once per statement, not per row.
CREATE OR REPLACE FUNCTION sre_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('sre_changes', TG_TABLE_NAME);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER incidents_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incidents FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
--> statement-breakpoint
CREATE TRIGGER triage_items_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON triage_items FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
--> statement-breakpoint
CREATE TRIGGER oncall_shifts_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON oncall_shifts FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
--> statement-breakpoint
CREATE TRIGGER schedules_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON schedules FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
--> statement-breakpoint
CREATE TRIGGER rituals_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rituals FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
