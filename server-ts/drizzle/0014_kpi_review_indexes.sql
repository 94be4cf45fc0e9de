-- KPIs (issue 8, the review figures) read retrospectives and follow-ups by the instant they count at: reviews opened
-- and incidents resolved in the asked range, follow-ups due in it.
CREATE INDEX "incidents_resolved_idx" ON "incidents" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "retrospectives_created_idx" ON "retrospectives" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "triage_items_follow_ups_due_idx" ON "triage_items" USING btree ("due_at") WHERE "triage_items"."incident_id" is not null;
