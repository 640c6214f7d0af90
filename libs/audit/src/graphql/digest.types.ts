import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@ObjectType({ description: 'A signed digest to keep away from the server (docs/AUDIT.md, "Digests").' })
export class IntegrityDigestFile {
  @Field({ description: 'The digest file, as `cli digest` writes it.' }) file: string;
  @Field({ description: "The workspace key's public half (PEM), to keep with the digest." }) publicKeyPem: string;
  @Field() root: string;
  @Field({ description: 'The last store position the digest covers.' }) position: string;
  @Field(() => Int) events: number;
  @Field(() => Int) streams: number;
  @Field() keyFingerprint: string;
}

@ArgsType()
export class CheckDigestArgs {
  @Field({ description: 'The text of a kept digest file.' })
  @IsString()
  @MinLength(2)
  @MaxLength(50_000_000)
  digest: string;

  @Field(() => String, {
    nullable: true,
    description: "The public key (PEM) the auditor keeps; none: the workspace's trusted key.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  publicKey?: string;
}

@ObjectType()
export class DigestCheckType {
  @Field({ description: 'Signature, root, heads, positions and recorded times all hold.' }) holds: boolean;
  @Field(() => [String], { description: 'Each way the digest fails, in English as `cli verify` prints it.' })
  problems: string[];
  @Field(() => Int) streamsCompared: number;
  @Field({ description: 'The digest covers the store up to this position.' }) position: string;
}
