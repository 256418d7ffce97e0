#pragma once

#include "Enums.h"
