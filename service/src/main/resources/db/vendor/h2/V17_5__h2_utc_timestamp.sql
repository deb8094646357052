-- The embedded H2 database (the README's run) has no UTC_TIMESTAMP, which the holds compare their expiry with (R172, database
-- time): this gives it one. MariaDB and MySQL have it built in and never read this folder.
CREATE ALIAS IF NOT EXISTS UTC_TIMESTAMP FOR "org.vigie.H2Functions.utcTimestamp";
