// Generated from the grammar in parser.ts by test/haproxy/cst.test.ts (run it with UPDATE_CST=1).
// Do not edit by hand.
import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface ConfigCstNode extends CstNode {
  name: "config";
  children: ConfigCstChildren;
}

export type ConfigCstChildren = {
  line?: LineCstNode[];
};

export interface LineCstNode extends CstNode {
  name: "line";
  children: LineCstChildren;
}

export type LineCstChildren = {
  keyword?: (IToken)[];
  args?: (IToken)[];
  condition?: ConditionCstNode[];
  Comment?: IToken[];
  Newline: IToken[];
};

export interface ConditionCstNode extends CstNode {
  name: "condition";
  children: ConditionCstChildren;
}

export type ConditionCstChildren = {
  keyword?: (IToken)[];
  terms?: (IToken | AnonymousAclCstNode)[];
};

export interface AnonymousAclCstNode extends CstNode {
  name: "anonymousAcl";
  children: AnonymousAclCstChildren;
}

export type AnonymousAclCstChildren = {
  open: IToken[];
  words?: IToken[];
  close?: IToken[];
};
