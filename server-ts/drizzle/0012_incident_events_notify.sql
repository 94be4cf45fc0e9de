-- A timeline entry alone (a message added to the timeline, a page acknowledged) changes what an open incident panel
-- shows: it wakes every instance's LISTEN sre_changes like the other writes.
CREATE TRIGGER incident_events_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON incident_events FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
