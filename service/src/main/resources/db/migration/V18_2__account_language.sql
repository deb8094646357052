-- The language a person reads their e-mails in (fr or en): French until they choose English (PUT /api/me/language), or
-- the language a physician registered in. Every existing account keeps French.
ALTER TABLE account ADD COLUMN language VARCHAR(2) NOT NULL DEFAULT 'fr';
