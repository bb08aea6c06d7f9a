#pragma once

#include "gui/export/TableExport.h"

namespace opsdash::ExportColumns {

// The exported columns of each table, with their stable ids (docs/gui.md, Export).
QList<ExportColumn> sessions();
QList<ExportColumn> activity();
QList<ExportColumn> events();

} // namespace opsdash::ExportColumns
