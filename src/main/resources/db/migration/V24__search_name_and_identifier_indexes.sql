-- Search (decision 0900-search): candidates come from indexes, and Java scores them with resolution's name
-- comparisons. Every index is on an expression of the stored columns, so rows already stored are indexed when the
-- index is built, and every insert or update, typed or imported, keeps it true without a trigger.
-- Both extensions ship with PostgreSQL and are trusted: the database owner may create them.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Names by Double Metaphone code, with the other name's initial: a name that sounds like the one asked for, whether
-- the other name sounds alike too or only starts with the same letter (a typo later in it).
CREATE INDEX child_search_surname_sound ON child (dmetaphone(surname), lower(left(first_name, 1)));
CREATE INDEX child_search_first_name_sound ON child (dmetaphone(first_name), lower(left(surname, 1)));
CREATE INDEX person_search_surname_sound ON person (dmetaphone(surname), lower(left(first_name, 1)));
CREATE INDEX person_search_first_name_sound ON person (dmetaphone(first_name), lower(left(surname, 1)));

CREATE INDEX child_search_birth ON child (birth_year, birth_month, birth_day);
CREATE INDEX person_search_birth ON person (birth_year, birth_month, birth_day);

-- Postcodes and phone numbers as written, compared without spaces and punctuation.
CREATE INDEX child_address_search_postcode ON child_address (upper(replace(postcode, ' ', '')));
CREATE INDEX person_search_postcode ON person (upper(replace(address_postcode, ' ', '')));
CREATE INDEX person_search_phone ON person (regexp_replace(phone, '[^0-9]', '', 'g'));
