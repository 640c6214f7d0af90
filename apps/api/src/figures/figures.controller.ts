import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { figureCsv, figureJson, FigureMetadata } from './figure-files';
import { FigureRead, FigureReader, FigureRefused } from './figure-reader';

/** HTTP status of a refusal, by the GraphQL code the same query would answer with. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
};

const FILE = /^(?<name>[A-Za-z]+)\.(?<format>csv|json)$/;

/**
 * Every dashboard figure as a file: `GET /figures/tipFunnel.csv?year=2025&groupBy=REGION` (or
 * `.json`), with the bearer token the GraphQL API takes. Refusals answer in GraphQL's error shape
 * with the HTTP status of their code (docs/DASHBOARDS.md).
 */
@Controller('figures')
export class FiguresController {
  constructor(private readonly reader: FigureReader) {}

  @Get(':file')
  async file(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const match = FILE.exec(file);
    try {
      const { name, format } = match?.groups ?? { name: file, format: 'json' };
      const read = await this.reader.read(name, query, req);
      const metadata = metadataOf(read, new Date());
      const body =
        format === 'csv'
          ? figureCsv(metadata, read.figure, read.figure.rows(read.answer))
          : figureJson(metadata, read.answer);
      res
        .status(200)
        .type(format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8')
        .set('content-disposition', `attachment; filename="${fileName(read, format)}"`)
        .set('cache-control', 'no-store')
        .send(body);
    } catch (error) {
      if (!(error instanceof FigureRefused)) throw error;
      const status = STATUS[error.code] ?? 500;
      if (status === 401) res.set('www-authenticate', 'Bearer');
      res.status(status).json({ errors: error.errors.map((e) => e.toJSON()) });
    }
  }
}

function metadataOf(read: FigureRead, producedAt: Date): FigureMetadata {
  return {
    figure: read.figure.name,
    parameters: read.parameters,
    period: read.figure.period(read.parameters, read.answer as never, producedAt),
    producedAt: producedAt.toISOString(),
    storePosition: read.storePosition?.toString() ?? null,
    role: read.role,
    query: read.query,
  };
}

/** e.g. tipFunnel-2025-REGION.csv: the figure and its parameters, safe as a file name. */
function fileName(read: FigureRead, format: string): string {
  const parts = [read.figure.name, ...Object.values(read.parameters).map(String)];
  return `${parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}.${format}`;
}
