CREATE TABLE "triage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "triage_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "triage_items" ALTER COLUMN "priority" SET DEFAULT 'p3';--> statement-breakpoint
-- Rows from before the triage model: no priority meant "not yet judged" (the suggestion's default), and
-- 'rejected' is now called 'declined'.
UPDATE "triage_items" SET "priority" = 'p3' WHERE "priority" IS NULL;--> statement-breakpoint
UPDATE "triage_items" SET "status" = 'declined' WHERE "status" = 'rejected';--> statement-breakpoint
ALTER TABLE "triage_items" ALTER COLUMN "priority" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "category" text DEFAULT 'ktlo' NOT NULL;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "area" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "owner_id" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "owner_username" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "requester_username" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "quarter" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "labels" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "source_post_id" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "source_channel_id" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "source_root_id" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "duplicate_of" uuid;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "triaged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "triage_items" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "triage_events" ADD CONSTRAINT "triage_events_request_id_triage_items_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."triage_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "triage_events_request_idx" ON "triage_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "triage_items_source_post_idx" ON "triage_items" USING btree ("source_post_id") WHERE "triage_items"."source_post_id" is not null;--> statement-breakpoint
ALTER TABLE "triage_items" ADD CONSTRAINT "triage_items_idempotency_key_unique" UNIQUE("idempotency_key");