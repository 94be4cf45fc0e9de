-- KPIs (issue 8) read incidents, requests and pages by the instant they began, bounded by the asked range, and only
-- the milestones of each incident's timeline.
CREATE INDEX "incident_events_milestones_idx" ON "incident_events" USING btree ("incident_id","at") WHERE "incident_events"."kind" in ('status_changed', 'resolved', 'page_sent', 'page_acknowledged');--> statement-breakpoint
CREATE INDEX "incidents_declared_idx" ON "incidents" USING btree ("declared_at");--> statement-breakpoint
CREATE INDEX "pages_created_idx" ON "pages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "triage_items_created_idx" ON "triage_items" USING btree ("created_at");