-- Template edits (sidebar, another companion instance, psql) wake every instance's LISTEN sre_changes too,
-- so open sidebars and declare modals see the new template list without a reload.
CREATE TRIGGER templates_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON templates FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
