#!/bin/sh
# Run once by the postgres image on an empty volume (docker/compose.cluster.yml): the API's role owns
# its schema and nothing else, and may not create anything outside it (docs/SECURITY.md).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v api_password="$SAMVERKAN_DB_PASSWORD" <<'SQL'
CREATE ROLE samverkan_api LOGIN PASSWORD :'api_password';
REVOKE ALL ON DATABASE samverkan FROM PUBLIC;
GRANT CONNECT ON DATABASE samverkan TO samverkan_api;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA samverkan AUTHORIZATION samverkan_api;
SQL
