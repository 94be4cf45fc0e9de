-- Who is on call is now computed from each schedule's layers and overrides (domain/oncall_*), not stored shifts.
DROP TABLE "oncall_shifts" CASCADE;
