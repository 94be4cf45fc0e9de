CREATE TABLE "digest_runs" (
	"week_start" date PRIMARY KEY NOT NULL,
	"slot_at" timestamp with time zone NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL
);
