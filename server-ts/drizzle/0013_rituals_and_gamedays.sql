CREATE TABLE "ritual_runs" (
	"ritual_id" uuid NOT NULL,
	"occurrence_at" timestamp with time zone NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"post_id" text,
	CONSTRAINT "ritual_runs_ritual_id_occurrence_at_pk" PRIMARY KEY("ritual_id","occurrence_at")
);
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "drill_scenario" text;--> statement-breakpoint
ALTER TABLE "retrospectives" ADD COLUMN "injected" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "retrospectives" ADD COLUMN "detected" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rituals" ADD COLUMN "attendees" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "rituals" ADD COLUMN "agenda" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "rituals" ADD COLUMN "notes" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "rituals" ADD COLUMN "is_active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "rituals" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "ritual_runs" ADD CONSTRAINT "ritual_runs_ritual_id_rituals_id_fk" FOREIGN KEY ("ritual_id") REFERENCES "public"."rituals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Rituals seeded before agendas existed get the handbook's agenda and attendees (new installs seed them directly).
UPDATE "rituals" SET "agenda" = 'incident-review', "attendees" = '["Cloud leadership", "SRE", "Release"]'::jsonb WHERE "slug" = 'incident-review';--> statement-breakpoint
UPDATE "rituals" SET "agenda" = 'triage', "attendees" = '["SRE", "Platform"]'::jsonb WHERE "slug" = 'triage-planning';--> statement-breakpoint
UPDATE "rituals" SET "agenda" = 'kpis', "attendees" = '["SRE", "Release", "Platform", "Growth"]'::jsonb WHERE "slug" = 'cloud-growth-sync';--> statement-breakpoint
UPDATE "rituals" SET "agenda" = 'gameday', "attendees" = '["SRE"]'::jsonb WHERE "slug" = 'chaos-gameday';
